package io.codedelivery.devstack;

import io.codedelivery.contracts.SearchIndices;

/**
 * Installs the index templates of {@link SearchIndices} (idempotent: a template is replaced by the
 * same one), before any connector writes, so every index is created with its mappings.
 */
public final class IndexTemplates {

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
        }
    }

    static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " ...";
    }
}
