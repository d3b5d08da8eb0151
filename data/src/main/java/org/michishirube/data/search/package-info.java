/** Search from memory: an in-memory Lucene index of the published snapshot, Kuromoji for Japanese, stemming for English. */
package org.michishirube.data.search;
