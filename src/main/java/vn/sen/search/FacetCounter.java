package vn.sen.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the values of the facets (kind, type, status, urgency) over every match of a search, each segment into an
 * array by the values' ordinals and only then by name — where Hibernate Search's terms aggregation counts each hit in a
 * hash map through ordinals mapped across all shards (13 % of a search, docs/benchmarks.md).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Long>>> {

    /** At most this many values of one facet, the most frequent. */
    static final int MAX_VALUES = 100;

    private final List<String> facets;

    FacetCounter(List<String> facets) {
        this.facets = facets;
    }

    @Override
    public Counting newCollector() {
        return new Counting(facets);
    }

    /** Each facet's values, the most frequent first (then by value), at most {@link #MAX_VALUES}. */
    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        facets.forEach(name -> all.put(name, new HashMap<>()));
        for (Counting c : collectors) {
            c.flush();
            c.counts.forEach(
                    (name, values) -> values.forEach((v, n) -> all.get(name).merge(v, n, Long::sum)));
        }
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        all.forEach((name, values) -> ordered.put(name, mostFrequent(values)));
        return ordered;
    }

    private static Map<String, Long> mostFrequent(Map<String, Long> values) {
        Map<String, Long> top = new LinkedHashMap<>();
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** One slice's counts; a segment's ordinals are turned into values when the next segment starts. */
    static final class Counting extends SimpleCollector {

        private final List<String> facets;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final SortedSetDocValues[] values;
        private final int[][] ordinals;

        Counting(List<String> facets) {
            this.facets = facets;
            this.values = new SortedSetDocValues[facets.size()];
            this.ordinals = new int[facets.size()][];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), facets.get(f));
                ordinals[f] = new int[(int) values[f].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues dv = values[f];
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        ordinals[f][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        private void flush() throws IOException {
            for (int f = 0; f < values.length; f++) {
                if (values[f] == null) {
                    continue;
                }
                Map<String, Long> into = counts.computeIfAbsent(facets.get(f), x -> new HashMap<>());
                for (int ord = 0; ord < ordinals[f].length; ord++) {
                    if (ordinals[f][ord] > 0) {
                        into.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ordinals[f][ord], Long::sum);
                    }
                }
                values[f] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
