/** Learners' personal data: their profile and saved plans, visible only to their owner. */
package org.michishirube.data.learner;
