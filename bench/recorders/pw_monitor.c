/* Records a PipeWire sink's monitor, stamping every buffer with its graph cycle's start.
 *
 * Usage: pw_monitor SINK_NAME OUT_FILE
 * Each record in OUT_FILE: int64 CLOCK_MONOTONIC ns at which the buffer's first frame was at
 * the sink (pw_time.now: the start of the graph cycle that carried it), uint32 frame count,
 * then that many float32 samples (the first channel). Runs until SIGTERM or SIGINT, then says
 * on stderr how many cycles it missed.
 *
 * The stream's process callback runs on PipeWire's data thread once a cycle (5.3 ms) and must
 * never wait: a callback that blocks loses the cycle's frames for good. So it only copies the
 * buffer into a ring, and a thread of its own writes the ring to the file (an fwrite in the
 * callback was seen to lose 40 cycles in a ten-minute run under load). For the same reason the
 * data thread asks for SCHED_FIFO, as a desktop's rtkit would give it: the recorder is the
 * measuring instrument, and a spinning process at its own priority made it miss cycles.
 * Built by bench/sound_servers.py with gcc; needs libpipewire-0.3-dev.
 */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <pipewire/pipewire.h>
#include <spa/param/audio/format-utils.h>
#include <spa/utils/ringbuffer.h>

#define RATE 48000
#define CHANNELS 2
#define RING_BYTES (1u << 24) /* 16 MB: about 87 s of the first channel */
#define MAX_FRAMES 8192
#define RT_PRIORITY 80 /* below the server's own data thread (88) */

struct data {
	struct pw_main_loop *loop;
	struct pw_stream *stream;
	FILE *out;
	struct spa_ringbuffer ring;
	uint8_t *ring_data;
	atomic_bool done;
	atomic_uint_fast64_t overflows;  /* records dropped because the ring was full */
	atomic_uint_fast64_t skipped;    /* frames the graph ran while no buffer reached us */
	atomic_int realtime;             /* 0 not tried, 1 granted, -1 refused */
	uint64_t next_ticks;
	int have_ticks;
};

static void ring_put(struct data *d, uint32_t *index, const void *bytes, uint32_t size)
{
	spa_ringbuffer_write_data(&d->ring, d->ring_data, RING_BYTES, *index & (RING_BYTES - 1),
				  bytes, size);
	*index += size;
}

static void on_process(void *userdata)
{
	struct data *d = userdata;
	if (atomic_load(&d->realtime) == 0) {
		struct sched_param param = {.sched_priority = RT_PRIORITY};
		int refused = pthread_setschedparam(pthread_self(), SCHED_FIFO, &param);
		atomic_store(&d->realtime, refused ? -1 : 1);
	}
	struct pw_buffer *b = pw_stream_dequeue_buffer(d->stream);
	if (b == NULL)
		return;
	struct spa_data *sd = &b->buffer->datas[0];
	if (sd->data != NULL && sd->chunk != NULL) {
		struct pw_time t;
		memset(&t, 0, sizeof t);
		pw_stream_get_time_n(d->stream, &t, sizeof t);
		uint32_t frames = sd->chunk->size / (sizeof(float) * CHANNELS);
		if (frames > MAX_FRAMES)
			frames = MAX_FRAMES;
		if (d->have_ticks && t.ticks > d->next_ticks)
			atomic_fetch_add(&d->skipped, t.ticks - d->next_ticks);
		d->next_ticks = t.ticks + frames;
		d->have_ticks = 1;
		const float *samples = SPA_PTROFF(sd->data, sd->chunk->offset, const float);
		float mono[MAX_FRAMES];
		for (uint32_t i = 0; i < frames; i++)
			mono[i] = samples[i * CHANNELS];
		uint32_t index;
		int32_t filled = spa_ringbuffer_get_write_index(&d->ring, &index);
		uint32_t size = sizeof(int64_t) + sizeof(uint32_t) + frames * sizeof(float);
		if (filled < 0 || (uint32_t)filled + size > RING_BYTES) {
			atomic_fetch_add(&d->overflows, 1);
		} else {
			int64_t stamp = t.now;
			ring_put(d, &index, &stamp, sizeof stamp);
			ring_put(d, &index, &frames, sizeof frames);
			ring_put(d, &index, mono, frames * sizeof(float));
			spa_ringbuffer_write_update(&d->ring, index);
		}
	}
	pw_stream_queue_buffer(d->stream, b);
}

static int drain(struct data *d)
{
	static uint8_t chunk[1u << 16];
	uint32_t index;
	int32_t avail = spa_ringbuffer_get_read_index(&d->ring, &index);
	int wrote = 0;
	while (avail > 0) {
		uint32_t size = (uint32_t)avail < sizeof chunk ? (uint32_t)avail : sizeof chunk;
		spa_ringbuffer_read_data(&d->ring, d->ring_data, RING_BYTES, index & (RING_BYTES - 1),
					 chunk, size);
		fwrite(chunk, 1, size, d->out);
		index += size;
		avail -= (int32_t)size;
		wrote = 1;
	}
	spa_ringbuffer_read_update(&d->ring, index);
	return wrote;
}

static void *writer(void *userdata)
{
	struct data *d = userdata;
	const struct timespec pause = {.tv_sec = 0, .tv_nsec = 10 * 1000 * 1000};
	while (!atomic_load(&d->done)) {
		if (!drain(d))
			nanosleep(&pause, NULL);
	}
	drain(d);
	return NULL;
}

static const struct pw_stream_events stream_events = {
	PW_VERSION_STREAM_EVENTS,
	.process = on_process,
};

static void do_quit(void *userdata, int signal_number)
{
	struct data *d = userdata;
	pw_main_loop_quit(d->loop);
}

int main(int argc, char *argv[])
{
	if (argc != 3) {
		fprintf(stderr, "usage: pw_monitor SINK_NAME OUT_FILE\n");
		return 2;
	}
	static struct data d;
	d.out = fopen(argv[2], "wb");
	if (d.out == NULL) {
		perror(argv[2]);
		return 1;
	}
	static uint8_t ring_data[RING_BYTES];
	d.ring_data = ring_data;
	spa_ringbuffer_init(&d.ring);
	pw_init(&argc, &argv);
	d.loop = pw_main_loop_new(NULL);
	pw_loop_add_signal(pw_main_loop_get_loop(d.loop), SIGINT, do_quit, &d);
	pw_loop_add_signal(pw_main_loop_get_loop(d.loop), SIGTERM, do_quit, &d);
	/* Started after the signals are taken by the loop, so that it inherits their blocking
	 * and a SIGTERM cannot land on it (and end the process before the file is closed). */
	pthread_t writer_thread;
	if (pthread_create(&writer_thread, NULL, writer, &d) != 0) {
		fprintf(stderr, "pw_monitor: cannot start the writer thread\n");
		return 1;
	}
	struct pw_properties *props = pw_properties_new(
		PW_KEY_MEDIA_TYPE, "Audio",
		PW_KEY_MEDIA_CATEGORY, "Capture",
		PW_KEY_MEDIA_ROLE, "Production",
		PW_KEY_TARGET_OBJECT, argv[1],
		PW_KEY_STREAM_CAPTURE_SINK, "true",
		PW_KEY_NODE_LATENCY, "256/48000",
		NULL);
	d.stream = pw_stream_new_simple(pw_main_loop_get_loop(d.loop), "plank-monitor", props,
					&stream_events, &d);
	uint8_t buffer[1024];
	struct spa_pod_builder builder = SPA_POD_BUILDER_INIT(buffer, sizeof(buffer));
	const struct spa_pod *params[1];
	params[0] = spa_format_audio_raw_build(&builder, SPA_PARAM_EnumFormat,
		&SPA_AUDIO_INFO_RAW_INIT(.format = SPA_AUDIO_FORMAT_F32, .channels = CHANNELS,
					 .rate = RATE));
	if (pw_stream_connect(d.stream, PW_DIRECTION_INPUT, PW_ID_ANY,
			      PW_STREAM_FLAG_AUTOCONNECT | PW_STREAM_FLAG_MAP_BUFFERS |
				      PW_STREAM_FLAG_RT_PROCESS,
			      params, 1) < 0) {
		fprintf(stderr, "pw_monitor: cannot connect the stream\n");
		return 1;
	}
	fprintf(stderr, "pw_monitor: recording\n");
	pw_main_loop_run(d.loop);
	pw_stream_disconnect(d.stream);
	atomic_store(&d.done, true);
	pthread_join(writer_thread, NULL);
	pw_stream_destroy(d.stream);
	pw_main_loop_destroy(d.loop);
	fclose(d.out);
	pw_deinit();
	fprintf(stderr,
		"pw_monitor: stopped; realtime %s; %llu frames skipped by the graph; %llu records "
		"dropped (ring full)\n",
		atomic_load(&d.realtime) > 0 ? "granted" : "refused",
		(unsigned long long)atomic_load(&d.skipped),
		(unsigned long long)atomic_load(&d.overflows));
	return 0;
}
