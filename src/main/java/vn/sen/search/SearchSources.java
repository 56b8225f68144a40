package vn.sen.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.shared.search.SearchSource;
import vn.sen.shared.security.Actor;

/** The modules' {@link SearchSource}s, by kind. */
@Component
class SearchSources {

    private final Map<String, SearchSource> byKind = new LinkedHashMap<>();

    SearchSources(List<SearchSource> sources) {
        for (SearchSource source : sources) {
            if (byKind.put(source.kind(), source) != null) {
                throw new IllegalStateException("Two search sources for kind " + source.kind());
            }
        }
    }

    Optional<SearchSource> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    List<SearchSource> all() {
        return List.copyOf(byKind.values());
    }

    /** The sources that follow changes of an audited record type. */
    List<SearchSource> following(String recordType) {
        return byKind.values().stream()
                .filter(s -> s.recordTypes().contains(recordType))
                .toList();
    }

    /** Every token the actor holds, over all kinds; anonymous visitors ({@code null}) hold the public ones. */
    Set<String> tokensOf(@Nullable Actor actor) {
        Set<String> tokens = new LinkedHashSet<>();
        byKind.values().forEach(s -> tokens.addAll(s.readerTokens(actor)));
        return tokens;
    }
}
