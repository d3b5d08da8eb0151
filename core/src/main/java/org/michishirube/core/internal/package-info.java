/** Graph algorithms shared by the features: topological order, closure and cycle witnesses. Depends on the JDK only. */
package org.michishirube.core.internal;
