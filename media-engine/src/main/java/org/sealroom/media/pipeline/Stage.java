package org.sealroom.media.pipeline;

import java.util.Objects;
import java.util.function.Consumer;

import org.sealroom.media.MediaException;

/**
 * One named step of a media pipeline (after Jitsi's {@code Node}). A stage takes one item and emits zero or more items
 * downstream; it never throws on bad input: a {@link MediaException} raised while processing an item drops that item
 * and counts it under {@code "error"}. Stages of one pipeline run on one thread at a time.
 *
 * @param <I> what the stage takes
 * @param <O> what it emits
 */
public abstract class Stage<I, O> {
    private final String name;
    private final StageCounters counters = new StageCounters();

    protected Stage(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Handles one item, emitting results to {@code out}. Call {@link #drop(String)} for an item that goes no further. */
    protected abstract void process(I item, Consumer<O> out);

    public final String name() {
        return name;
    }

    /** Emits {@code item}, or counts the current item as dropped for {@code reason} if there is none. */
    protected final void emitOrDrop(O item, Consumer<O> out, String reason) {
        if (item == null) {
            drop(reason);
        } else {
            out.accept(item);
        }
    }

    /** Counts the current item as dropped for {@code reason} (a short, stable, kebab-case word such as "late"). */
    protected final void drop(String reason) {
        counters.dropped(reason);
    }

    public final StageStats stats() {
        return counters.snapshot(name);
    }

    /** Binds this stage to its downstream consumer, giving the consumer the upstream stage feeds. */
    final Consumer<I> bind(Consumer<? super O> downstream) {
        Consumer<O> countingOut = item -> {
            counters.emitted();
            downstream.accept(item);
        };
        return item -> {
            counters.received();
            try {
                process(item, countingOut);
            } catch (MediaException e) {
                drop("error");
            }
        };
    }
}
