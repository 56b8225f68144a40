package vn.sen.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Makes {@link FoldingFilter}s for the analyzers of {@link VietnameseAnalysis}. */
public final class FoldingFilterFactory extends TokenFilterFactory {

    /** The name Lucene's factory lookup knows it by. */
    public static final String NAME = "senFolding";

    public FoldingFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public FoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new FoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
