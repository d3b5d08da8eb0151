/** Plans the ordered study steps and exam milestones that take a learner from a profile to a goal. */
package org.michishirube.core.planning;
