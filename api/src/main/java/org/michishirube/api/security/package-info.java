/**
 * Who may do what: public reads, bearer-token writes with roles ({@link org.michishirube.api.security.SecurityConfig}),
 * and the claims every token must carry, checked as input before anything reads them
 * ({@link org.michishirube.api.security.TokenClaims}). Who may call each write is tabled in docs/authorization.md.
 */
package org.michishirube.api.security;
