package io.codedelivery.devstack;

import io.codedelivery.contracts.SearchIndices;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs the index templates of {@link SearchIndices} (idempotent: a template is replaced by the
 * same one), before any connector writes, so every index is created with its mappings. An index
 * already there (data kept from an earlier run) gets the template's mappings too: fields added to a
 * contract since it was made are added to it, where its strict mapping would refuse them.
 */
public final class IndexTemplates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexTemplates() {
    }

    public static void install(String searchUrl, SearchIndices indices) {
        for (SearchIndices.Index index : indices.all()) {
            SearchHttp.Answer answer = SearchHttp.put(searchUrl + "/_index_template/" + index.templateName(),
                    index.templateBody());
            if (!answer.ok()) {
                throw new IllegalStateException("the search engine refused the template " + index.templateName()
                        + " (HTTP " + answer.status() + "): " + shortened(answer.body()));
            }
            SearchHttp.Answer existing = SearchHttp.put(searchUrl + "/" + index.name() + "," + index.name()
                    + "-*/_mapping?allow_no_indices=true&ignore_unavailable=true", mappings(index));
            if (!existing.ok()) {
                throw new IllegalStateException("the search engine refused the mappings of " + index.name()
                        + " for the indices it already has (HTTP " + existing.status() + "): " + shortened(existing.body()));
            }
        }
    }

    static String mappings(SearchIndices.Index index) {
        return JSON.readTree(index.template()).get("mappings").toString();
    }

    static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " ...";
    }
}
