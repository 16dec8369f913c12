package org.sealroom.media.pipeline;

import java.util.function.Consumer;

/** A stage that looks at every item (to measure or signal something) and passes it on unchanged. */
public abstract class Observer<T> extends Stage<T, T> {
    protected Observer(String name) {
        super(name);
    }

    protected abstract void observe(T item);

    @Override
    protected final void process(T item, Consumer<T> out) {
        observe(item);
        out.accept(item);
    }
}
