/* Records a PipeWire sink's monitor, stamping every buffer with its graph cycle's start.
 *
 * Usage: pw_monitor SINK_NAME OUT_FILE
 * Each record in OUT_FILE: int64 CLOCK_MONOTONIC ns at which the buffer's first frame was at
 * the sink (pw_time.now: the start of the graph cycle that carried it), uint32 frame count,
 * then that many float32 samples (the first channel). Runs until SIGTERM or SIGINT.
 * Built by bench/sound_servers.py with gcc; needs libpipewire-0.3-dev.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <pipewire/pipewire.h>
#include <spa/param/audio/format-utils.h>

#define RATE 48000
#define CHANNELS 2

struct data {
	struct pw_main_loop *loop;
	struct pw_stream *stream;
	FILE *out;
};

static void on_process(void *userdata)
{
	struct data *d = userdata;
	struct pw_buffer *b = pw_stream_dequeue_buffer(d->stream);
	if (b == NULL)
		return;
	struct spa_data *sd = &b->buffer->datas[0];
	if (sd->data != NULL && sd->chunk != NULL) {
		struct pw_time t;
		memset(&t, 0, sizeof t);
		pw_stream_get_time_n(d->stream, &t, sizeof t);
		uint32_t frames = sd->chunk->size / (sizeof(float) * CHANNELS);
		const float *samples = SPA_PTROFF(sd->data, sd->chunk->offset, const float);
		int64_t stamp = t.now;
		fwrite(&stamp, sizeof stamp, 1, d->out);
		fwrite(&frames, sizeof frames, 1, d->out);
		for (uint32_t i = 0; i < frames; i++)
			fwrite(&samples[i * CHANNELS], sizeof(float), 1, d->out);
	}
	pw_stream_queue_buffer(d->stream, b);
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
	struct data d = {0};
	d.out = fopen(argv[2], "wb");
	if (d.out == NULL) {
		perror(argv[2]);
		return 1;
	}
	pw_init(&argc, &argv);
	d.loop = pw_main_loop_new(NULL);
	pw_loop_add_signal(pw_main_loop_get_loop(d.loop), SIGINT, do_quit, &d);
	pw_loop_add_signal(pw_main_loop_get_loop(d.loop), SIGTERM, do_quit, &d);
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
	pw_stream_destroy(d.stream);
	pw_main_loop_destroy(d.loop);
	fclose(d.out);
	pw_deinit();
	return 0;
}
