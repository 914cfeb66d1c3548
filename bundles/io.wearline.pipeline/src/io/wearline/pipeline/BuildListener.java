package io.wearline.pipeline;

/** Hears a machine build's events, in the build's thread: keep it short, and do not block. */
@FunctionalInterface
public interface BuildListener {
	/** One event of the build. */
	void handle(BuildEvent event);
}
