package org.sealroom.media.pipeline;

import java.util.function.Consumer;
import java.util.function.Function;

/** A stage that turns each item into exactly one item, such as an encoder or a decoder. */
public abstract class Transformer<I, O> extends Stage<I, O> {
    protected Transformer(String name) {
        super(name);
    }

    protected abstract O transform(I item);

    /** A transformer made from a function, for one-line adapters between stages. */
    public static <I, O> Transformer<I, O> of(String name, Function<? super I, ? extends O> function) {
        return new Transformer<>(name) {
            @Override
            protected O transform(I item) {
                return function.apply(item);
            }
        };
    }

    @Override
    protected final void process(I item, Consumer<O> out) {
        out.accept(transform(item));
    }
}
