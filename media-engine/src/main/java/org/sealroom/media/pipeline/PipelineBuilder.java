package org.sealroom.media.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a {@link Pipeline} stage by stage; each {@link #then(Stage)} changes the type flowing out.
 *
 * @param <I> what enters the pipeline
 * @param <T> what the last added stage emits
 */
public final class PipelineBuilder<I, T> {
    private final String name;
    private final List<Stage<?, ?>> stages;

    PipelineBuilder(String name) {
        this(name, new ArrayList<>());
    }

    private PipelineBuilder(String name, List<Stage<?, ?>> stages) {
        this.name = Objects.requireNonNull(name, "name");
        this.stages = stages;
    }

    public <O> PipelineBuilder<I, O> then(Stage<? super T, O> stage) {
        stages.add(Objects.requireNonNull(stage, "stage"));
        return new PipelineBuilder<>(name, stages);
    }

    /** Ends the pipeline in {@code sink}, shown as {@code sinkName} in {@link Pipeline#describe()}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Pipeline<I> into(String sinkName, Consumer<? super T> sink) {
        Objects.requireNonNull(sink, "sink");
        Consumer next = sink;
        for (int i = stages.size() - 1; i >= 0; i--) {
            next = ((Stage) stages.get(i)).bind(next);
        }
        return new Pipeline<>(name, stages, sinkName, (Consumer<I>) next);
    }
}
