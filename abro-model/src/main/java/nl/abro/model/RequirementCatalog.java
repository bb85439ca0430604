package nl.abro.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** All requirements of a pack in official order, addressable by number. */
public final class RequirementCatalog {
    private final List<Chapter> chapters;
    private final Map<String, Requirement> byNumber;

    public RequirementCatalog(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
        Map<String, Requirement> index = new LinkedHashMap<>();
        for (Chapter chapter : this.chapters) {
            for (Requirement requirement : chapter.requirements()) {
                if (index.putIfAbsent(requirement.number(), requirement) != null) {
                    throw new IllegalArgumentException("duplicate requirement number " + requirement.number());
                }
            }
        }
        this.byNumber = Collections.unmodifiableMap(index);
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public List<Requirement> requirements() {
        return List.copyOf(byNumber.values());
    }

    public List<Requirement> requirements(Predicate<Requirement> filter) {
        return byNumber.values().stream().filter(filter).toList();
    }

    public List<Requirement> applicableAt(TbbLevel level) {
        return requirements(r -> r.appliesAt(level));
    }

    public Optional<Requirement> requirement(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    public Optional<Chapter> chapter(String number) {
        return chapters.stream().filter(c -> c.number().equals(number)).findFirst();
    }

    public int size() {
        return byNumber.size();
    }
}
