/** Shared kernel: typed ids, data scope, personal-data masking, domain errors and the audit contract. */
package court.tianping.core;
