package io.codedelivery.backend.route;

import org.jspecify.annotations.Nullable;

/** The body of {@code PATCH /api/routes/{id}}: a new title, archived or not; either or both (null: unchanged). */
record RouteChange(@Nullable String title, @Nullable Boolean archived) {
}
