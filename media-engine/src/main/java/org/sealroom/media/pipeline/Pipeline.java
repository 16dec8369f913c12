package org.sealroom.media.pipeline;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A chain of named stages ending in a consumer, built with {@link #named(String)}:
 *
 * <pre>{@code
 * Pipeline<PcmFrame> send = Pipeline.<PcmFrame>named("audio-send")
 *         .then(audioProcessor)
 *         .then(opusEncoder)
 *         .then(packetizer)
 *         .into(packetSink);
 * }</pre>
 *
 * @param <I> what enters the pipeline
 */
public final class Pipeline<I> implements Consumer<I> {
    private final String name;
    private final List<Stage<?, ?>> stages;
    private final String sinkName;
    private final Consumer<I> head;

    Pipeline(String name, List<Stage<?, ?>> stages, String sinkName, Consumer<I> head) {
        this.name = name;
        this.stages = List.copyOf(stages);
        this.sinkName = sinkName;
        this.head = head;
    }

    /** Starts building a pipeline whose items are of type {@code I}. */
    public static <I> PipelineBuilder<I, I> named(String name) {
        return new PipelineBuilder<>(name);
    }

    /** Pushes one item through every stage. Bad items are dropped and counted by the stage that rejects them. */
    @Override
    public void accept(I item) {
        head.accept(item);
    }

    public String name() {
        return name;
    }

    public List<StageStats> stats() {
        return stages.stream().map(Stage::stats).toList();
    }

    /** The stats of the stage called {@code stageName}. */
    public StageStats stats(String stageName) {
        return stages.stream().filter(s -> s.name().equals(stageName)).findFirst()
                .map(Stage::stats)
                .orElseThrow(() -> new IllegalArgumentException("no stage '" + stageName + "' in " + describe()));
    }

    /** The path at a glance, such as {@code audio-send: audio-processing -> opus-encoder -> packetizer -> transport}. */
    public String describe() {
        return name + ": " + stages.stream().map(Stage::name).collect(Collectors.joining(" -> ")) + " -> " + sinkName;
    }

    @Override
    public String toString() {
        return describe();
    }
}
