/* A C host with its own poll loop serving concurrent script tasks.
 *
 * The script calls the native `fetch(key, delay_ms)`, which returns a host
 * future; the host keeps a list of pending requests with a due time, and its
 * loop alternates kr_run_pending with completing the earliest request or
 * sleeping until a script timer is due, whichever comes first (a real host
 * would wait in epoll or for the next game frame there). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

#define MAX_REQUESTS 32

typedef struct request {
    kr_value future;
    char key[32];
    long due_ms;
} request;

static request pending[MAX_REQUESTS];
static int npending;

/* The host's clock in ms. It is simulated so that the run does not depend on
 * how fast the machine is: it jumps to the next request's due time, and moves
 * with real time only while the host sleeps for a script timer. */
static long now_ms;

static void fail(kr_vm *vm, const char *what, kr_status st) {
    fprintf(stderr, "%s failed (%d): %s: %s\n%s", what, (int)st, kr_error_type(vm),
            kr_error_message(vm), kr_error_traceback(vm));
    exit(1);
}
#define OK(vm, call) do { kr_status st_ = (call); if (st_ != KR_OK) fail(vm, #call, st_); } while (0)

/* fetch(key, delay_ms): a future the host completes delay_ms later. */
static kr_status fetch(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *result) {
    (void)ud; (void)argc;
    const char *key;
    size_t len;
    int64_t delay;
    if (kr_str_data(vm, argv[0], &key, &len) != KR_OK || len >= sizeof pending[0].key)
        return kr_raise(vm, "TypeError", "fetch() needs a short str key");
    if (kr_to_int(vm, argv[1], &delay) != KR_OK)
        return kr_raise(vm, "TypeError", "fetch() needs an int delay");
    if (npending == MAX_REQUESTS)
        return kr_raise(vm, "RuntimeError", "too many requests");
    kr_value fut;
    kr_status st = kr_future_new(vm, &fut);
    if (st != KR_OK)
        return st;
    request *r = &pending[npending++];
    memcpy(r->key, key, len);
    r->key[len] = 0;
    r->due_ms = now_ms + delay;
    r->future = fut;
    /* The script gets its own handle; the host keeps `fut` until it completes it. */
    return kr_dup(vm, fut, result);
}

static int earliest(void) {
    int best = 0;
    for (int i = 1; i < npending; i++)
        if (pending[i].due_ms < pending[best].due_ms)
            best = i;
    return best;
}

/* Completes request `i`: "bad..." keys are rejected, others get len(key) * 100. */
static void complete(kr_vm *vm, int i) {
    request r = pending[i];
    pending[i] = pending[--npending];
    printf("[host] completing %s\n", r.key);
    fflush(stdout); /* the VM writes to the same stdout through its own buffer */
    if (strncmp(r.key, "bad", 3) == 0) {
        OK(vm, kr_future_reject(vm, r.future, "KeyError", r.key));
    } else {
        kr_value v;
        OK(vm, kr_int_new(vm, (int64_t)strlen(r.key) * 100, &v));
        OK(vm, kr_future_resolve(vm, r.future, v));
        /* A second completion is refused and changes nothing. */
        if (kr_future_resolve(vm, r.future, v) != KR_ERROR_STATE) {
            fprintf(stderr, "double resolve was accepted\n");
            exit(1);
        }
        kr_release(vm, v);
    }
    kr_release(vm, r.future);
    /* A released handle is refused too. */
    if (kr_future_resolve(vm, r.future, r.future) != KR_ERROR_BAD_HANDLE) {
        fprintf(stderr, "released handle was accepted\n");
        exit(1);
    }
}

static const char *SCRIPT =
    "import asyncio\n"
    "async def worker(name, delay):\n"
    "    value = await fetch(name, delay)\n"
    "    print(f'{name} got {value}')\n"
    "    await asyncio.sleep(0)\n"
    "    return value\n"
    "async def main():\n"
    "    results = await asyncio.gather(worker('alpha', 30), worker('be', 10), worker('gamma', 20))\n"
    "    print('gathered', results)\n"
    "    try:\n"
    "        await fetch('bad-key', 5)\n"
    "    except KeyError as e:\n"
    "        print('rejected with KeyError', e)\n"
    "    try:\n"
    "        await asyncio.wait_for(fetch('slow', 1000), 0.001)\n"
    "    except TimeoutError:\n"
    "        print('timed out waiting for the host')\n"
    "    return sum(results)\n"
    "task = asyncio.ensure_future(main())\n";

int main(void) {
    kr_config config;
    kr_config_init(&config);
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));
    OK(vm, kr_register_function(vm, "fetch(key, delay_ms)", fetch, NULL));
    OK(vm, kr_exec(vm, SCRIPT, strlen(SCRIPT), "<async host>"));

    int pumps = 0;
    for (;;) {
        kr_pending st;
        OK(vm, kr_run_pending(vm, &st));
        pumps++;
        if (st.tasks == 0)
            break;
        /* One completion per pump keeps the output order fixed. */
        long host_wait = npending > 0 ? pending[earliest()].due_ms - now_ms : -1;
        double script_wait = st.next_timer >= 0 ? st.next_timer * 1000 : -1;
        if (host_wait >= 0 && (script_wait < 0 || host_wait <= script_wait)) {
            now_ms += host_wait;
            complete(vm, earliest());
        } else if (script_wait >= 0) {
            long ns = (long)(script_wait * 1e6) + 1000;
            struct timespec ts = {ns / 1000000000L, ns % 1000000000L};
            nanosleep(&ts, NULL);
            now_ms += (long)script_wait + 1;
        } else {
            fprintf(stderr, "tasks wait but nothing can wake them\n");
            return 1;
        }
    }
    kr_value task, result;
    int64_t total;
    OK(vm, kr_get_global(vm, "task", &task));
    OK(vm, kr_call_method(vm, task, "result", 0, NULL, &result));
    OK(vm, kr_to_int(vm, result, &total));
    printf("main returned %lld after %s pumps; %d requests left\n", (long long)total,
           pumps > 3 ? "several" : "few", npending);
    kr_release(vm, result);
    kr_release(vm, task);
    /* The abandoned 'slow' request: releasing it and freeing the VM frees everything. */
    for (int i = 0; i < npending; i++)
        kr_release(vm, pending[i].future);
    kr_vm_free(vm);
    return 0;
}
