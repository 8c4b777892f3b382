package org.jcwg.advisory.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a publication project, in a stable order (documents by path), with the
 * translation lock (empty when the project has none).
 */
public record Site(SiteConfig config, List<Document> documents, List<Agency> agencies,
                   List<Recommendation> recommendations, List<GlossaryTerm> glossary, List<Asset> assets,
                   TranslationLock lock) {

    public Site(SiteConfig config, List<Document> documents, List<Agency> agencies,
                List<Recommendation> recommendations, List<GlossaryTerm> glossary, List<Asset> assets) {
        this(config, documents, agencies, recommendations, glossary, assets, TranslationLock.EMPTY);
    }

    public Site {
        java.util.Objects.requireNonNull(lock, "lock");
        documents = List.copyOf(documents);
        agencies = List.copyOf(agencies);
        recommendations = List.copyOf(recommendations);
        glossary = List.copyOf(glossary);
        assets = List.copyOf(assets);
    }

    public Site withDocuments(List<Document> kept) {
        return new Site(config, kept, agencies, recommendations, glossary, assets, lock);
    }

    public Optional<Document> findDocument(String path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    public Optional<Agency> findAgency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Recommendation> findRecommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
