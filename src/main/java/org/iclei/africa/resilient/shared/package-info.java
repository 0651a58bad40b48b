/**
 * Building blocks every module uses: the base entity (id, version, timestamps), the business exception hierarchy, the clock. Depends on no module.
 */
package org.iclei.africa.resilient.shared;
