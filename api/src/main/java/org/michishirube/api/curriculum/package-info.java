/** Curricula of universities and training schools: editing, CSV import, coverage reports, suggestions and benchmarks. */
package org.michishirube.api.curriculum;
