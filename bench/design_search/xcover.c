/* Exact cover by dancing links (Knuth's Algorithm X), with random restarts.
 *
 * Input on stdin: "items primary options" then one line per option: its item count and
 * the items (0-based; items < primary must be covered exactly once, the others at most
 * once). Output: the numbers of the chosen options, one line, or nothing.
 *
 *   cc -O2 -o /tmp/xcover bench/design_search/xcover.c
 *   /tmp/xcover SEED NODES RESTARTS < options.txt
 *
 * Used by cyclic.py --c for the larger cyclic designs.
 */
#include <stdio.h>
#include <stdlib.h>

static int *L, *R, *U, *D, *C, *S, *row_of;
static int n_items, n_primary, n_nodes;
static long long nodes, limit;
static int *chosen, depth;
static unsigned long long rng_state;

static unsigned rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state >> 11);
}

static void cover(int c) {
    L[R[c]] = L[c];
    R[L[c]] = R[c];
    for (int i = D[c]; i != c; i = D[i])
        for (int j = R[i]; j != i; j = R[j]) {
            U[D[j]] = U[j];
            D[U[j]] = D[j];
            S[C[j]]--;
        }
}

static void uncover(int c) {
    for (int i = U[c]; i != c; i = U[i])
        for (int j = L[i]; j != i; j = L[j]) {
            S[C[j]]++;
            U[D[j]] = j;
            D[U[j]] = j;
        }
    L[R[c]] = c;
    R[L[c]] = c;
}

static int search(void) {
    if (++nodes > limit) return -1;
    /* the primary item with the fewest options; the header 0 links the primary items only */
    int best = -1, size = 1 << 30, ties = 0;
    for (int c = R[0]; c != 0; c = R[c]) {
        if (S[c] < size) {
            size = S[c];
            best = c;
            ties = 1;
        } else if (S[c] == size && rnd() % ++ties == 0) {
            best = c;
        }
    }
    if (best < 0) return 1;
    if (size == 0) return 0;
    /* the options of the item, in random order */
    int count = 0;
    int *opts = malloc(sizeof(int) * size);
    for (int i = D[best]; i != best; i = D[i]) opts[count++] = i;
    for (int k = count - 1; k > 0; k--) {
        int j = rnd() % (k + 1), t = opts[k];
        opts[k] = opts[j];
        opts[j] = t;
    }
    cover(best);
    for (int k = 0; k < count; k++) {
        int r = opts[k];
        chosen[depth++] = row_of[r];
        for (int j = R[r]; j != r; j = R[j]) cover(C[j]);
        int found = search();
        if (found == 1) {
            free(opts);
            return 1;
        }
        for (int j = L[r]; j != r; j = L[j]) uncover(C[j]);
        depth--;
        if (found < 0) {
            uncover(best);
            free(opts);
            return -1;
        }
    }
    uncover(best);
    free(opts);
    return 0;
}

int main(int argc, char **argv) {
    unsigned long long seed = argc > 1 ? strtoull(argv[1], 0, 10) : 1;
    limit = argc > 2 ? atoll(argv[2]) : 1000000;
    int restarts = argc > 3 ? atoi(argv[3]) : 1000;
    int n_options;
    if (scanf("%d %d %d", &n_items, &n_primary, &n_options) != 3) return 2;
    int cap = n_items + 1 + 64 * n_options;
    L = malloc(sizeof(int) * cap);
    R = malloc(sizeof(int) * cap);
    U = malloc(sizeof(int) * cap);
    D = malloc(sizeof(int) * cap);
    C = malloc(sizeof(int) * cap);
    row_of = malloc(sizeof(int) * cap);
    S = calloc(n_items + 1, sizeof(int));
    chosen = malloc(sizeof(int) * (n_options + 1));
    /* headers 1..n_items; only the primary ones are linked into the header list */
    for (int c = 0; c <= n_items; c++) {
        U[c] = D[c] = c;
        C[c] = c;
        L[c] = R[c] = c;
    }
    int last = 0;
    for (int c = 1; c <= n_primary; c++) {
        R[last] = c;
        L[c] = last;
        last = c;
    }
    R[last] = 0;
    L[0] = last;
    n_nodes = n_items + 1;
    for (int o = 0; o < n_options; o++) {
        int k;
        if (scanf("%d", &k) != 1) return 2;
        int first = -1;
        for (int t = 0; t < k; t++) {
            int item;
            if (scanf("%d", &item) != 1) return 2;
            int c = item + 1, x = n_nodes++;
            C[x] = c;
            row_of[x] = o;
            U[x] = U[c];
            D[x] = c;
            D[U[c]] = x;
            U[c] = x;
            S[c]++;
            if (first < 0) {
                first = x;
                L[x] = R[x] = x;
            } else {
                R[x] = first;
                L[x] = L[first];
                R[L[first]] = x;
                L[first] = x;
            }
        }
    }
    for (int attempt = 0; attempt < restarts; attempt++) {
        rng_state = seed * 0x9E3779B97F4A7C15ULL + attempt + 1;
        nodes = 0;
        depth = 0;
        if (search() == 1) {
            fprintf(stderr, "attempt %d\n", attempt);
            for (int i = 0; i < depth; i++) printf("%d ", chosen[i]);
            printf("\n");
            return 0;
        }
    }
    return 1;
}
