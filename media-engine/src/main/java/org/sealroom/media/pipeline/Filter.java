package org.sealroom.media.pipeline;

import java.util.function.Consumer;

/** A stage that passes an item on unchanged or drops it with a reason. */
public abstract class Filter<T> extends Stage<T, T> {
    protected Filter(String name) {
        super(name);
    }

    /** Returns why {@code item} must be dropped, or {@code null} to pass it on. */
    protected abstract String rejectReason(T item);

    @Override
    protected final void process(T item, Consumer<T> out) {
        String reason = rejectReason(item);
        if (reason == null) {
            out.accept(item);
        } else {
            drop(reason);
        }
    }
}
