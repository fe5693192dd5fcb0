/* Records a PulseAudio source (a null sink's monitor), stamping every read on CLOCK_MONOTONIC.
 *
 * Usage: pa_monitor SOURCE_NAME OUT_FILE
 * Same records as pw_monitor: int64 CLOCK_MONOTONIC ns at which the chunk's first frame was at
 * the sink: the read's time less the record stream's reported latency. Not less the chunk's
 * length: a null sink renders each block ahead, and its monitor (latency 0) receives the block
 * as the sink's clock reaches the block's first frame, not after its last.
 * uint32 frame count, then float32 samples (the first channel). Asks for 5 ms fragments, which
 * also keeps an idle null sink from mixing far ahead. Runs until SIGTERM or SIGINT.
 * Built by bench/sound_servers.py with gcc; needs libpulse-dev.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include <pulse/error.h>
#include <pulse/simple.h>

#define RATE 48000
#define CHANNELS 2
#define CHUNK 240

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
	return 0;
}
