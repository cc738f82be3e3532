//! Command-line parsing for the `krait` runner (CPython-like flags).

use krait_engine::vm::host::Grants;

/// What the runner was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Run a file (`-` means stdin).
    File(String),
    /// `-c CODE`.
    Command(String),
    /// No script: REPL on a terminal, otherwise read the script from stdin.
    Interactive,
    /// `--dis FILE`: print the bytecode listing.
    Disassemble(String),
    Version,
    Help,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub action: Action,
    /// `sys.argv` for the script.
    pub argv: Vec<String>,
    pub recursion_limit: Option<usize>,
    /// `-i`: after the script (or with none), read statements from stdin as
    /// the REPL does, even when stdin is not a terminal.
    pub interactive: bool,
    /// `-q`: no banner in interactive mode.
    pub quiet: bool,
    /// What the script may touch: everything, less `--deny`/`--sandbox`.
    pub grants: Grants,
}

pub const HELP: &str = "usage: krait [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd             program passed in as string (terminates option list)
  -h, --help         print this help message and exit
  -i                 inspect interactively after running the script (or read
                     stdin as the REPL does even when it is not a terminal)
  -q                 don't print the version banner in interactive mode
  -V, --version      print the Krait version and exit
  --dis FILE         print FILE's bytecode (as the dis module would) and exit
  --recursion-limit N
                     maximum depth of script calls (default 1000)
  --deny WHAT        take a grant away from the script: filesystem (open(),
                     os file functions), environment (os.environ, getenv) or
                     extensions (native extension modules); a comma list or
                     repeated; denied operations raise PermissionError
  --sandbox          deny all three, as an embedding host's VM starts
  file               program read from script file
  -                  program read from stdin (default; interactive mode if a tty)
  arg ...            arguments passed to program in sys.argv[1:]
";

pub fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut recursion_limit = None;
    let (mut interactive, mut quiet) = (false, false);
    let mut grants = Grants::all();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-h" | "--help" | "-?" => {
                return Ok(Options {
                    action: Action::Help,
                    argv: vec![],
                    recursion_limit,
                    interactive,
                    quiet,
                    grants,
                })
            }
            "-V" | "--version" => {
                return Ok(Options {
                    action: Action::Version,
                    argv: vec![],
                    recursion_limit,
                    interactive,
                    quiet,
                    grants,
                })
            }
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -c option")?;
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok(Options {
                    action: Action::Command(code.clone()),
                    argv,
                    recursion_limit,
                    interactive,
                    quiet,
                    grants,
                });
            }
            "--dis" => {
                let file = args
                    .get(i + 1)
                    .ok_or("Argument expected for the --dis option")?;
                return Ok(Options {
                    action: Action::Disassemble(file.clone()),
                    argv: vec![file.clone()],
                    recursion_limit,
                    interactive,
                    quiet,
                    grants,
                });
            }
            "--recursion-limit" => {
                let n = args
                    .get(i + 1)
                    .ok_or("Argument expected for the --recursion-limit option")?;
                recursion_limit = Some(
                    n.parse()
                        .map_err(|_| format!("invalid --recursion-limit value: {}", n))?,
                );
                i += 2;
                continue;
            }
            "--deny" => {
                let what = args
                    .get(i + 1)
                    .ok_or("Argument expected for the --deny option")?;
                for w in what.split(',') {
                    match w {
                        "filesystem" | "fs" => grants.filesystem = false,
                        "environment" | "env" => grants.environment = false,
                        "extensions" | "native" => grants.native_extensions = false,
                        _ => {
                            return Err(format!(
                                "invalid --deny value: {} (filesystem, environment or extensions)",
                                w
                            ))
                        }
                    }
                }
                i += 2;
                continue;
            }
            "--sandbox" => {
                grants = Grants::default();
                i += 1;
                continue;
            }
            "-i" => {
                interactive = true;
                i += 1;
                continue;
            }
            "-q" => {
                quiet = true;
                i += 1;
                continue;
            }
            "-" => {
                return Ok(Options {
                    action: Action::File("-".into()),
                    argv: args[i..].to_vec(),
                    recursion_limit,
                    interactive,
                    quiet,
                    grants,
                });
            }
            _ if a.starts_with('-') && a.len() > 1 => return Err(format!("Unknown option: {}", a)),
            _ => {
                return Ok(Options {
                    action: Action::File(a.to_string()),
                    argv: args[i..].to_vec(),
                    recursion_limit,
                    interactive,
                    quiet,
                    grants,
                });
            }
        }
    }
    Ok(Options {
        action: Action::Interactive,
        argv: vec![String::new()],
        recursion_limit,
        interactive,
        quiet,
        grants,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, String> {
        parse(args.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn file_and_argv() {
        let o = p(&["x.py", "a", "-c"]).unwrap();
        assert_eq!(o.action, Action::File("x.py".into()));
        assert_eq!(o.argv, vec!["x.py", "a", "-c"]);
    }

    #[test]
    fn command_takes_rest_as_argv() {
        let o = p(&["-c", "print(1)", "z"]).unwrap();
        assert_eq!(o.action, Action::Command("print(1)".into()));
        assert_eq!(o.argv, vec!["-c", "z"]);
    }

    #[test]
    fn inspect_and_quiet_flags_precede_the_script() {
        let o = p(&["-i", "-q", "x.py", "-i"]).unwrap();
        assert!(o.interactive && o.quiet);
        assert_eq!(o.argv, vec!["x.py", "-i"]);
        let o = p(&["-i"]).unwrap();
        assert_eq!(o.action, Action::Interactive);
        assert!(o.interactive && !o.quiet);
    }

    #[test]
    fn errors() {
        assert!(p(&["-c"]).is_err());
        assert!(p(&["--bogus"]).is_err());
        assert!(p(&["--recursion-limit", "x", "f.py"]).is_err());
        assert_eq!(
            p(&["--recursion-limit", "50", "f.py"])
                .unwrap()
                .recursion_limit,
            Some(50)
        );
        assert!(p(&["--deny", "bogus", "f.py"]).is_err());
    }

    #[test]
    fn grants() {
        assert_eq!(p(&["f.py"]).unwrap().grants, Grants::all());
        let o = p(&["--deny", "env,extensions", "f.py"]).unwrap();
        assert!(o.grants.filesystem && !o.grants.environment && !o.grants.native_extensions);
        assert_eq!(p(&["--sandbox", "f.py"]).unwrap().grants, Grants::default());
        assert_eq!(p(&[]).unwrap().action, Action::Interactive);
    }
}
