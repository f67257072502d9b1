/*
 * A spandsp T.38 terminal (libspandsp 0.0.6 t38_terminal) as the far end of our tests: sends or receives a TIFF over a
 * real UDP socket on 127.0.0.1 with its own, minimal UDPTL framing (primary IFP plus optional redundancy), because
 * spandsp 0.0.6 has none. Built by the tests themselves (SpandsdT38Peer.cs) with: gcc -O2 ... -lspandsp -ltiff
 *
 * Usage: spandsp_t38_peer send|receive FILE --remote PORT [--ecm 0|1] [--max-rate 14400|9600|4800]
 *        [--max-datagram N] [--redundancy N] [--start-seq N] [--tcf local|transferred] [--version N]
 *        [--paced 0|1] [--timeout SECONDS]
 * Prints "PORT <n>" once bound, and "RESULT <code> <text> pages=<n> rate=<bps> ecm=<0|1>" at the end.
 * Exit status: 0 when T.30 completed without error, 1 on a T.30 error, 2 on bad usage, 3 on timeout.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include <spandsp.h>

#define MAX_REDUNDANCY 8
#define MAX_IFP 2048

static int sock = -1;
static struct sockaddr_in remote;
static int redundancy = 0;
static int max_datagram = 1400;
static uint16_t tx_seq = 0;
static uint8_t history[MAX_REDUNDANCY][MAX_IFP];
static int history_len[MAX_REDUNDANCY];
static int history_count = 0;
static int expected_rx_seq = -1;
static int done = 0;
static int completion = -1;
static int paced = 0;

static int put_length(uint8_t *buf, int len)
{
    if (len < 128)
    {
        buf[0] = (uint8_t) len;
        return 1;
    }
    buf[0] = (uint8_t) (0x80 | (len >> 8));
    buf[1] = (uint8_t) (len & 0xFF);
    return 2;
}

static int get_length(const uint8_t *buf, int avail, int *len)
{
    if (avail < 1)
        return -1;
    if ((buf[0] & 0x80) == 0)
    {
        *len = buf[0];
        return 1;
    }
    if ((buf[0] & 0xC0) != 0x80 || avail < 2)
        return -1;
    *len = ((buf[0] & 0x3F) << 8) | buf[1];
    return 2;
}

/* UDPTLPacket: seq-number, primary-ifp-packet (open type), error-recovery = secondary-ifp-packets (redundancy). */
static int encode_udptl(uint8_t *out, const uint8_t *ifp, int ifp_len, int entries)
{
    int len = 0;
    int i;

    out[len++] = (uint8_t) (tx_seq >> 8);
    out[len++] = (uint8_t) (tx_seq & 0xFF);
    len += put_length(out + len, ifp_len);
    memcpy(out + len, ifp, ifp_len);
    len += ifp_len;
    out[len++] = 0x00;
    out[len++] = (uint8_t) entries;
    for (i = 0;  i < entries;  i++)
    {
        len += put_length(out + len, history_len[i]);
        memcpy(out + len, history[i], history_len[i]);
        len += history_len[i];
    }
    return len;
}

static int tx_packet_handler(t38_core_state_t *s, void *user_data, const uint8_t *buf, int len, int count)
{
    uint8_t out[MAX_IFP*(MAX_REDUNDANCY + 1) + 64];
    int entries;
    int size;
    int i;

    if (len > MAX_IFP)
        return -1;
    entries = history_count < redundancy  ?  history_count  :  redundancy;
    /* Fewer redundant entries until the datagram fits the limit we were told. */
    do
        size = encode_udptl(out, buf, len, entries);
    while (size > max_datagram  &&  entries-- > 0);
    sendto(sock, out, size, 0, (struct sockaddr *) &remote, sizeof(remote));
    /* Unpaced, spandsp hands over a whole page at once: a millisecond per datagram keeps the burst within what a
       receiver's socket buffer holds (a few hundred datagrams), still hundreds of times faster than a line. */
    if (!paced)
        usleep(1000);
    tx_seq++;
    for (i = MAX_REDUNDANCY - 1;  i > 0;  i--)
    {
        memcpy(history[i], history[i - 1], history_len[i - 1]);
        history_len[i] = history_len[i - 1];
    }
    memcpy(history[0], buf, len);
    history_len[0] = len;
    if (history_count < MAX_REDUNDANCY)
        history_count++;
    return 0;
}

static void rx_datagram(t38_core_state_t *core, const uint8_t *buf, int len)
{
    const uint8_t *primary;
    const uint8_t *entry[MAX_REDUNDANCY + 16];
    int entry_len[MAX_REDUNDANCY + 16];
    int primary_len;
    int entries;
    int pos;
    int n;
    int i;
    int seq;
    int behind;

    if (len < 4)
        return;
    seq = (buf[0] << 8) | buf[1];
    pos = 2;
    if ((n = get_length(buf + pos, len - pos, &primary_len)) < 0  ||  pos + n + primary_len > len)
        return;
    pos += n;
    primary = buf + pos;
    pos += primary_len;
    entries = 0;
    if (pos < len  &&  (buf[pos] & 0x80) == 0)
    {
        pos++;
        if ((n = get_length(buf + pos, len - pos, &entries)) < 0  ||  entries > MAX_REDUNDANCY + 16)
            return;
        pos += n;
        for (i = 0;  i < entries;  i++)
        {
            if ((n = get_length(buf + pos, len - pos, &entry_len[i])) < 0  ||  pos + n + entry_len[i] > len)
                return;
            entry[i] = buf + pos + n;
            pos += n + entry_len[i];
        }
    }
    if (expected_rx_seq < 0)
        expected_rx_seq = seq;
    behind = (uint16_t) (seq - expected_rx_seq);
    if (behind >= 0x8000)
        return;  /* old or duplicate */
    /* Recover what redundancy carries of the datagrams we missed, oldest first. */
    for (i = behind - 1;  i >= 0;  i--)
    {
        if (i < entries)
            t38_core_rx_ifp_packet(core, entry[i], entry_len[i], (uint16_t) (seq - 1 - i));
    }
    t38_core_rx_ifp_packet(core, primary, primary_len, (uint16_t) seq);
    expected_rx_seq = (uint16_t) (seq + 1);
}

static void phase_e_handler(t30_state_t *s, void *user_data, int result)
{
    completion = result;
    done = 1;
}

static long long now_us(void)
{
    struct timeval tv;

    gettimeofday(&tv, NULL);
    return (long long) tv.tv_sec*1000000LL + tv.tv_usec;
}

static int usage(void)
{
    fprintf(stderr, "usage: spandsp_t38_peer send|receive FILE --remote PORT [options]\n");
    return 2;
}

int main(int argc, char *argv[])
{
    t38_terminal_state_t *terminal;
    t38_core_state_t *core;
    t30_state_t *t30;
    t30_stats_t stats;
    struct sockaddr_in local;
    socklen_t local_len;
    struct pollfd pfd;
    uint8_t buf[65536];
    int sending;
    const char *file;
    int remote_port = 0;
    int ecm = 0;
    int max_rate = 14400;
    int start_seq = 0;
    int local_tcf = 0;
    int version = 0;
    int timeout_s = 120;
    int modems;
    long long start;
    long long last;
    long long finished_at = 0;
    int i;
    int n;

    if (argc < 3)
        return usage();
    if (strcmp(argv[1], "send") == 0)
        sending = 1;
    else if (strcmp(argv[1], "receive") == 0)
        sending = 0;
    else
        return usage();
    file = argv[2];
    for (i = 3;  i + 1 < argc;  i += 2)
    {
        if (strcmp(argv[i], "--remote") == 0)
            remote_port = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--ecm") == 0)
            ecm = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--max-rate") == 0)
            max_rate = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--max-datagram") == 0)
            max_datagram = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--redundancy") == 0)
            redundancy = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--start-seq") == 0)
            start_seq = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--tcf") == 0)
            local_tcf = strcmp(argv[i + 1], "local") == 0;
        else if (strcmp(argv[i], "--version") == 0)
            version = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--paced") == 0)
            paced = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--timeout") == 0)
            timeout_s = atoi(argv[i + 1]);
        else
            return usage();
    }
    if (remote_port <= 0  ||  redundancy < 0  ||  redundancy > MAX_REDUNDANCY)
        return usage();
    tx_seq = (uint16_t) start_seq;

    sock = socket(AF_INET, SOCK_DGRAM, 0);
    memset(&local, 0, sizeof(local));
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    local.sin_port = 0;
    if (bind(sock, (struct sockaddr *) &local, sizeof(local)) < 0)
    {
        perror("bind");
        return 2;
    }
    local_len = sizeof(local);
    getsockname(sock, (struct sockaddr *) &local, &local_len);
    memset(&remote, 0, sizeof(remote));
    remote.sin_family = AF_INET;
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    remote.sin_port = htons(remote_port);
    printf("PORT %d\n", ntohs(local.sin_port));
    fflush(stdout);

    terminal = t38_terminal_init(NULL, sending, tx_packet_handler, NULL);
    core = t38_terminal_get_t38_core_state(terminal);
    t30 = t38_terminal_get_t30_state(terminal);
    t38_set_t38_version(core, version);
    t38_set_data_rate_management_method(core, local_tcf  ?  T38_DATA_RATE_MANAGEMENT_LOCAL_TCF  :  T38_DATA_RATE_MANAGEMENT_TRANSFERRED_TCF);
    t38_set_max_datagram_size(core, max_datagram);
    /* Regular indicators: later packets whose redundancy recovers a loss at the end of a signal. */
    if (paced)
    {
        t38_terminal_set_config(terminal, T38_TERMINAL_OPTION_REGULAR_INDICATORS);
    }
    else
    {
        t38_terminal_set_config(terminal, T38_TERMINAL_OPTION_NO_PACING | T38_TERMINAL_OPTION_REGULAR_INDICATORS);
        t38_set_pace_transmission(core, 0);
    }
    modems = T30_SUPPORT_V27TER;
    if (max_rate >= 9600)
        modems |= T30_SUPPORT_V29;
    if (max_rate >= 14400)
        modems |= T30_SUPPORT_V17;
    t30_set_supported_modems(t30, modems);
    t30_set_ecm_capability(t30, ecm);
    t30_set_supported_compressions(t30, T30_SUPPORT_T4_1D_COMPRESSION | T30_SUPPORT_T4_2D_COMPRESSION | (ecm  ?  T30_SUPPORT_T6_COMPRESSION  :  0));
    t30_set_tx_ident(t30, sending  ?  "spandsp sender" : "spandsp receiver");
    t30_set_phase_e_handler(t30, phase_e_handler, NULL);
    if (sending)
        t30_set_tx_file(t30, file, -1, -1);
    else
        t30_set_rx_file(t30, file, -1);

    pfd.fd = sock;
    pfd.events = POLLIN;
    start = now_us();
    last = start;
    for (;;)
    {
        long long now;
        int samples;

        poll(&pfd, 1, 2);
        while ((n = recv(sock, buf, sizeof(buf), MSG_DONTWAIT)) > 0)
            rx_datagram(core, buf, n);
        now = now_us();
        samples = (int) ((now - last)*8/1000);
        if (samples > 0)
            last += (long long) samples*1000/8;
        t38_terminal_send_timeout(terminal, samples);
        if (done  &&  finished_at == 0)
            finished_at = now;
        /* Linger a moment after phase E so our last packets (DCN) go out and theirs are read. */
        if (finished_at  &&  now - finished_at > 300000)
            break;
        if (now - start > (long long) timeout_s*1000000LL)
        {
            printf("RESULT -1 timeout pages=0 rate=0 ecm=0\n");
            return 3;
        }
    }
    t30_get_transfer_statistics(t30, &stats);
    printf("RESULT %d %s pages=%d rate=%d ecm=%d\n",
           completion, t30_completion_code_to_str(completion), sending  ?  stats.pages_tx  :  stats.pages_rx,
           stats.bit_rate, stats.error_correcting_mode);
    fflush(stdout);
    t38_terminal_free(terminal);
    close(sock);
    return completion == T30_ERR_OK  ?  0  :  1;
}
