package org.caseframe.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data-driven description of an instrument: what is rated, on which scales, which judgements the assessor enters
 * and which sources it rests on. A new version of an instrument is a new definition file, never new code.
 *
 * @param id stable identifier, e.g. {@code erg22plus}
 * @param version version of this definition, e.g. {@code 1.0}
 * @param title human title
 * @param kind the kind of instrument
 * @param description what the instrument is for, in our own words
 * @param scales the rating scales its items and judgements use
 * @param domains the domains items belong to
 * @param items the rated items, in presentation order
 * @param relevanceScale the scale for an item's optional relevance rating, if the instrument rates relevance
 * @param openItems whether and how case-specific ("+") items may be added
 * @param judgements the summary judgements the assessor enters
 * @param formulationSections the free-text sections of the formulation
 * @param scoring how a checklist suggests the level of one judgement, if it does
 * @param sources citations for the content; anything unverified says so
 */
public record InstrumentDefinition(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{0,63}$")
        String id,

        @NotBlank @Pattern(regexp = "^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$")
        String version,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String title,
        InstrumentKind kind,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                description,
        @NotEmpty List<@Valid RatingScale> scales,
        List<@Valid Domain> domains,
        @NotEmpty List<@Valid Item> items,
        Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> relevanceScale,
        Optional<@Valid OpenItemPolicy> openItems,
        List<@Valid SummaryJudgementDefinition> judgements,
        List<@Valid FormulationSection> formulationSections,
        Optional<@Valid Scoring> scoring,
        @NotEmpty List<@Valid Citation> sources) {

    public InstrumentDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        description = Optionals.orEmpty(description);
        scales = Optionals.list(scales);
        domains = Optionals.list(domains);
        items = Optionals.list(items);
        relevanceScale = Optionals.orEmpty(relevanceScale);
        openItems = Optionals.orEmpty(openItems);
        judgements = Optionals.list(judgements);
        formulationSections = Optionals.list(formulationSections);
        scoring = Optionals.orEmpty(scoring);
        sources = Optionals.list(sources);
    }

    /** This definition's {@code id@version}. */
    @JsonIgnore
    public InstrumentRef ref() {
        return new InstrumentRef(id, version);
    }

    /** The item with this id, if any. */
    public Optional<Item> item(String itemId) {
        for (Item item : items) {
            if (item.id().equals(itemId)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The scale with this id, if any. */
    public Optional<RatingScale> scale(String scaleId) {
        for (RatingScale scale : scales) {
            if (scale.id().equals(scaleId)) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }

    /** The summary judgement with this id, if any. */
    public Optional<SummaryJudgementDefinition> judgement(String judgementId) {
        for (SummaryJudgementDefinition judgement : judgements) {
            if (judgement.id().equals(judgementId)) {
                return Optional.of(judgement);
            }
        }
        return Optional.empty();
    }

    /** The formulation section with this id, if any. */
    public Optional<FormulationSection> formulationSection(String sectionId) {
        for (FormulationSection section : formulationSections) {
            if (section.id().equals(sectionId)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The items of one domain, in order. */
    public List<Item> itemsIn(String domainId) {
        return items.stream().filter(i -> i.domain().equals(domainId)).toList();
    }
}
