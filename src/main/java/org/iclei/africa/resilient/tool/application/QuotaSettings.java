package org.iclei.africa.resilient.tool.application;

import org.iclei.africa.resilient.tool.domain.Quota;

/** The quotas of a workspace, declared here and provided by the composition root (environment, else {@link Quota#fallback()}). */
public interface QuotaSettings {

    int quota(Quota quota);
}
