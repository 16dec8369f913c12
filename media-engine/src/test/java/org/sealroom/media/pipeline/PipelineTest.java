package org.sealroom.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sealroom.media.MediaException;

class PipelineTest {
    @Test
    void showsThePathAtAGlanceAndCountsEveryStage() {
        List<String> out = new ArrayList<>();
        Pipeline<Integer> p = Pipeline.<Integer>named("numbers")
                .then(new Filter<Integer>("odd-only") {
                    @Override
                    protected String rejectReason(Integer item) {
                        return item % 2 == 0 ? "even" : null;
                    }
                })
                .then(Transformer.<Integer, String>of("to-text", i -> "#" + i))
                .into("list", out::add);
        for (int i = 0; i < 5; i++) {
            p.accept(i);
        }
        assertThat(p.describe()).isEqualTo("numbers: odd-only -> to-text -> list");
        assertThat(out).containsExactly("#1", "#3");
        assertThat(p.stats("odd-only")).isEqualTo(new StageStats("odd-only", 5, 2, java.util.Map.of("even", 3L)));
        assertThat(p.stats("to-text").emitted()).isEqualTo(2);
    }

    @Test
    void dropsAndCountsAnItemWhoseStageFailsInsteadOfThrowing() {
        List<Integer> out = new ArrayList<>();
        Pipeline<Integer> p = Pipeline.<Integer>named("fragile")
                .then(Transformer.<Integer, Integer>of("decoder", i -> {
                    if (i < 0) {
                        throw new MediaException("corrupt");
                    }
                    return i;
                }))
                .into("list", out::add);
        p.accept(-1);
        p.accept(4);
        assertThat(out).containsExactly(4);
        assertThat(p.stats("decoder").dropped("error")).isEqualTo(1);
        assertThat(p.stats("decoder").droppedTotal()).isEqualTo(1);
    }
}
