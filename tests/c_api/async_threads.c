/* Host futures completed from worker threads: kr_future_complete_threadsafe
 * queues the completion, the wake callback signals the VM's thread (a pipe
 * here, as an epoll loop would use), and kr_run_pending applies it. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <unistd.h>

#include "check.h"

#define NWORKERS 3

typedef struct job {
    kr_vm *vm;
    kr_value fut;
    int index;
    int fail;
} job;

static int wake_pipe[2];
static job jobs[NWORKERS];
static int njobs;

static void wake(void *ud) {
    CHECK(ud == (void *)wake_pipe);
    char c = 1;
    CHECK(write(wake_pipe[1], &c, 1) == 1);
}

/* Each worker completes its future; later workers start later, so the order
 * is fixed: each waits for the previous one's wake-up to be consumed. */
static pthread_mutex_t turn_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_cond = PTHREAD_COND_INITIALIZER;
static int turn;

static void *worker(void *arg) {
    job *j = (job *)arg;
    pthread_mutex_lock(&turn_lock);
    while (turn != j->index)
        pthread_cond_wait(&turn_cond, &turn_lock);
    pthread_mutex_unlock(&turn_lock);
    char text[32];
    snprintf(text, sizeof text, "answer-%d", j->index);
    CHECK(kr_future_complete_threadsafe(j->vm, j->fut, j->fail ? "ValueError" : NULL, text) == KR_OK);
    return NULL;
}

/* request(i): a host future that worker i completes (the last one fails). */
static kr_status request(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *result) {
    (void)ud;
    CHECK(argc == 1 && njobs < NWORKERS);
    int64_t i;
    OK(vm, kr_to_int(vm, argv[0], &i));
    job *j = &jobs[njobs++];
    j->vm = vm;
    j->index = (int)i;
    j->fail = i == NWORKERS - 1;
    OK(vm, kr_future_new(vm, &j->fut));
    return kr_dup(vm, j->fut, result);
}

int main(void) {
    kr_vm *vm = new_vm();
    CHECK(pipe(wake_pipe) == 0);
    OK(vm, kr_set_wake_callback(vm, wake, wake_pipe));
    OK(vm, kr_register_function(vm, "request(i)", request, NULL));
    exec_str(vm,
        "import asyncio\n"
        "async def one(i):\n"
        "    try:\n"
        "        v = await request(i)\n"
        "        print('task', i, 'got', v)\n"
        "    except ValueError as e:\n"
        "        print('task', i, 'failed with', e)\n"
        "async def main():\n"
        "    await asyncio.gather(*(one(i) for i in range(3)))\n"
        "    return 'all done'\n"
        "t = asyncio.ensure_future(main())\n");
    kr_pending st;
    OK(vm, kr_run_pending(vm, &st));
    CHECK(st.tasks == 4 && st.next_timer < 0 && njobs == NWORKERS);

    pthread_t threads[NWORKERS];
    for (int i = 0; i < NWORKERS; i++)
        CHECK(pthread_create(&threads[i], NULL, worker, &jobs[i]) == 0);
    int pumps = 0;
    while (st.tasks > 0) {
        char c;
        CHECK(read(wake_pipe[0], &c, 1) == 1); /* block until a worker wakes us */
        OK(vm, kr_run_pending(vm, &st));
        pumps++;
        pthread_mutex_lock(&turn_lock);
        turn++;
        pthread_cond_broadcast(&turn_cond);
        pthread_mutex_unlock(&turn_lock);
    }
    for (int i = 0; i < NWORKERS; i++)
        CHECK(pthread_join(threads[i], NULL) == 0);
    printf("pumps=%d\n", pumps);
    fflush(stdout); /* the VM writes to stdout through its own buffer */

    /* Completing again is queued, then skipped: the futures are done. */
    CHECK(kr_future_complete_threadsafe(vm, jobs[0].fut, NULL, "late") == KR_OK);
    char c;
    CHECK(read(wake_pipe[0], &c, 1) == 1);
    OK(vm, kr_run_pending(vm, &st));
    exec_str(vm, "print(t.result())\n");
    CHECK(kr_future_complete_threadsafe(NULL, jobs[0].fut, NULL, "x") == KR_ERROR_BAD_ARGUMENT);
    CHECK(kr_future_complete_threadsafe(vm, jobs[0].fut, NULL, NULL) == KR_ERROR_BAD_ARGUMENT);
    OK(vm, kr_set_wake_callback(vm, NULL, NULL));
    for (int i = 0; i < NWORKERS; i++)
        OK(vm, kr_release(vm, jobs[i].fut));
    kr_vm_free(vm);
    return 0;
}
