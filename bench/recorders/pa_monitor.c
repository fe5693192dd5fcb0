/* Records a PulseAudio source (a null sink's monitor), stamping every read on CLOCK_MONOTONIC.
 *
 * Usage: pa_monitor SOURCE_NAME OUT_FILE
 * Same records as pw_monitor: int64 CLOCK_MONOTONIC ns at which the chunk's first frame was at
 * the sink: the read's time less the record stream's reported latency. Not less the chunk's
 * length: a null sink renders each block ahead, and its monitor (latency 0) receives the block
 * as the sink's clock reaches the block's first frame, not after its last.
 * uint32 frame count, then float32 samples (the first channel). Runs until SIGTERM or SIGINT.
 *
 * Reads are 1 ms (and the fragment asked for is as small), because the read size bounds how
 * well a read dates its first frame: while a client plays, the null sink renders blocks whose
 * edges wander against the reads, and a read completes only when the block holding its last
 * frame arrives. Dated this way, 5 ms reads put a steady client's frames on a sawtooth of
 * 4.7 ms (rising ~2 ms a second, falling back by one read); 1 ms reads, on one of 0.9 ms.
 * Without a client the sink renders whole reads and the stamps lie flat either way. The small
 * fragment also keeps an idle null sink from mixing far ahead.
 * A read is dated when it returns, so a recorder kept waiting for the processor dates it late:
 * it asks for SCHED_FIFO, as a desktop's rtkit would give a sound client (it is the measuring
 * instrument; under a spinning process at its own priority its stamps wandered), and its file
 * is written through a large buffer so that a write seldom waits on the disk.
 * Built by bench/sound_servers.py with gcc; needs libpulse-dev.
 */
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include <pulse/error.h>
#include <pulse/simple.h>

#define RATE 48000
#define CHANNELS 2
#define CHUNK 48
#define RT_PRIORITY 80

static volatile sig_atomic_t stopping = 0;

static void on_signal(int signal_number) { stopping = 1; }

int main(int argc, char *argv[])
{
	if (argc != 3) {
		fprintf(stderr, "usage: pa_monitor SOURCE_NAME OUT_FILE\n");
		return 2;
	}
	FILE *out = fopen(argv[2], "wb");
	if (out == NULL) {
		perror(argv[2]);
		return 1;
	}
	static char file_buffer[1 << 22];
	setvbuf(out, file_buffer, _IOFBF, sizeof file_buffer);
	struct sched_param param = {.sched_priority = RT_PRIORITY};
	int realtime = sched_setscheduler(0, SCHED_FIFO, &param) == 0;
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	pa_sample_spec spec = {.format = PA_SAMPLE_FLOAT32LE, .rate = RATE, .channels = CHANNELS};
	pa_buffer_attr attr = {.maxlength = (uint32_t)-1, .tlength = (uint32_t)-1,
			       .prebuf = (uint32_t)-1, .minreq = (uint32_t)-1,
			       .fragsize = CHUNK * CHANNELS * sizeof(float)};
	int error = 0;
	pa_simple *s = pa_simple_new(NULL, "plank-monitor", PA_STREAM_RECORD, argv[1], "monitor",
				     &spec, NULL, &attr, &error);
	if (s == NULL) {
		fprintf(stderr, "pa_monitor: %s\n", pa_strerror(error));
		return 1;
	}
	fprintf(stderr, "pa_monitor: recording\n");
	float samples[CHUNK * CHANNELS];
	while (!stopping) {
		if (pa_simple_read(s, samples, sizeof samples, &error) < 0)
			break;
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		pa_usec_t latency = pa_simple_get_latency(s, &error);
		int64_t stamp = (int64_t)now.tv_sec * 1000000000 + now.tv_nsec -
				(int64_t)latency * 1000;
		uint32_t frames = CHUNK;
		fwrite(&stamp, sizeof stamp, 1, out);
		fwrite(&frames, sizeof frames, 1, out);
		for (uint32_t i = 0; i < frames; i++)
			fwrite(&samples[i * CHANNELS], sizeof(float), 1, out);
	}
	pa_simple_free(s);
	fclose(out);
	fprintf(stderr, "pa_monitor: stopped; realtime %s\n", realtime ? "granted" : "refused");
	return 0;
}
