package org.sealroom.client.ui.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollView;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/**
 * The polls side panel: a form to start a poll (host and co-hosts), then every poll as a card — choices to vote
 * with while it is open, bars with the counts once they are visible, and a close button for its owner.
 */
final class PollsPanel {

    private final PollsViewModel polls;
    private final Messages messages;
    private final VBox cards = new VBox(12);
    private final VBox root;

    PollsPanel(PollsViewModel polls, Messages messages, Runnable onClose) {
        this.polls = polls;
        this.messages = messages;
        VBox form = createForm();
        FxBind.showWhen(form, polls.canCreateProperty());
        Label problem = PanelChrome.paragraph("", "danger-text", "text-small");
        FxBind.showText(problem, problem, polls.problemProperty());
        Label note = PanelChrome.paragraph(messages.get("polls.e2ee"), "text-muted", "text-small");
        note.setGraphic(new FontIcon("mdral-lock"));
        VBox content = new VBox(14, form, problem, cards, note);
        content.getStyleClass().add("panel-content");
        polls.polls().addListener((ListChangeListener<PollView>) change -> showCards());
        showCards();
        root = PanelChrome.scrollingPanel(messages.get("polls.title"), messages, onClose, content);
    }

    VBox root() {
        return root;
    }

    private VBox createForm() {
        TextField question = new TextField();
        question.setId("pollQuestion");
        question.setPromptText(messages.get("polls.question"));
        question.setAccessibleText(messages.get("polls.question"));
        VBox options = new VBox(6);
        for (int i = 0; i < PollDraft.MIN_OPTIONS; i++) {
            options.getChildren().add(optionField(options.getChildren().size()));
        }
        Button addOption = PanelChrome.button(messages.get("polls.addOption"), "flat", "small");
        addOption.setGraphic(new FontIcon("mdral-add"));
        addOption.setOnAction(event -> {
            if (options.getChildren().size() < PollDraft.MAX_OPTIONS) {
                options.getChildren().add(optionField(options.getChildren().size()));
            }
        });
        CheckBox multiple = new CheckBox(messages.get("polls.multiple"));
        CheckBox anonymous = new CheckBox(messages.get("polls.anonymous"));
        Button start = PanelChrome.button(messages.get("polls.start"), "accent");
        start.setId("pollStart");
        start.disableProperty().bind(question.textProperty().isEmpty());
        start.setOnAction(event -> {
            List<String> texts = options.getChildren().stream().map(n -> ((TextField) n).getText()).toList();
            if (polls.create(question.getText(), texts, multiple.isSelected(), anonymous.isSelected())) {
                question.clear();
                options.getChildren().forEach(n -> ((TextField) n).clear());
            }
        });
        VBox form = new VBox(8, PanelChrome.section(messages.get("polls.new")), question, options, addOption,
                multiple, anonymous, start);
        form.getStyleClass().add("poll-form");
        return form;
    }

    private TextField optionField(int index) {
        TextField option = new TextField();
        option.setId("pollOption" + (index + 1));
        option.setPromptText(messages.get("polls.option", index + 1));
        option.setAccessibleText(messages.get("polls.option", index + 1));
        return option;
    }

    private void showCards() {
        List<Node> shown = new ArrayList<>();
        for (PollView poll : polls.polls().reversed()) { // newest first
            shown.add(card(poll));
        }
        if (shown.isEmpty()) {
            shown.add(PanelChrome.paragraph(messages.get("polls.none"), "text-muted"));
        }
        cards.getChildren().setAll(shown);
    }

    private VBox card(PollView poll) {
        Label question = PanelChrome.paragraph(poll.draft().question(), "poll-question");
        String state = messages.get(poll.open() ? "polls.state.open" : "polls.state.closed");
        Label meta = PanelChrome.paragraph(messages.get("polls.meta", poll.ownerName(), state, poll.votes())
                + (poll.draft().anonymous() ? " · " + messages.get("polls.anonymousTag") : ""), "text-muted",
                "text-small");
        VBox card = new VBox(8, question, meta);
        card.getStyleClass().add("poll-card");
        card.setAccessibleText(poll.draft().question());
        if (poll.open() && !poll.voted()) {
            card.getChildren().add(ballot(poll));
        } else if (poll.voted() && poll.counts().isEmpty()) {
            card.getChildren().add(PanelChrome.paragraph(messages.get("polls.voted"), "text-small"));
        }
        poll.counts().ifPresent(counts -> {
            int total = Math.max(1, counts.stream().mapToInt(Integer::intValue).sum());
            for (int i = 0; i < counts.size(); i++) {
                card.getChildren().add(resultRow(poll, i, counts.get(i), total));
            }
        });
        if (poll.mine() && poll.open()) {
            Button close = PanelChrome.button(messages.get("polls.close"), "button-outlined", "small", "poll-close");
            close.setOnAction(event -> polls.close(poll.id()));
            card.getChildren().add(close);
        }
        return card;
    }

    private VBox ballot(PollView poll) {
        VBox choices = new VBox(6);
        ToggleGroup single = new ToggleGroup();
        List<ButtonBase> boxes = new ArrayList<>();
        for (String option : poll.draft().options()) {
            ButtonBase box;
            if (poll.draft().multipleChoice()) {
                box = new CheckBox(option);
            } else {
                RadioButton radio = new RadioButton(option);
                radio.setToggleGroup(single);
                box = radio;
            }
            box.setWrapText(true);
            box.getStyleClass().add("poll-choice");
            boxes.add(box);
            choices.getChildren().add(box);
        }
        Button vote = PanelChrome.button(messages.get("polls.vote"), "accent", "small", "poll-vote");
        vote.setOnAction(event -> {
            Set<Integer> picked = new HashSet<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i) instanceof CheckBox c ? c.isSelected() : ((RadioButton) boxes.get(i)).isSelected()) {
                    picked.add(i);
                }
            }
            polls.vote(poll.id(), picked);
        });
        choices.getChildren().add(vote);
        return choices;
    }

    private VBox resultRow(PollView poll, int option, int count, int total) {
        Label label = new Label(poll.draft().options().get(option)
                + (poll.myChoices().contains(option) ? "  ✓" : ""));
        label.setWrapText(true);
        Label number = new Label(String.valueOf(count));
        number.getStyleClass().add("text-small");
        HBox top = new HBox(8, label, PanelChrome.spacer(), number);
        top.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar((double) count / total);
        bar.getStyleClass().add("poll-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setAccessibleText(messages.get("polls.result", poll.draft().options().get(option), count));
        VBox row = new VBox(3, top, bar);
        poll.voterNames().map(names -> names.get(option)).filter(names -> !names.isEmpty()).ifPresent(names ->
                row.getChildren().add(PanelChrome.paragraph(String.join(", ", names), "text-muted", "text-small")));
        return row;
    }
}
