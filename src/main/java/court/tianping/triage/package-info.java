/**
 * Triage of incoming demands: whether a text is a legal matter at all, and which dispute category it
 * belongs to, learnt from a court's own confirmed demands. The text pipeline ({@link court.tianping.triage.TextNormalizer},
 * {@link court.tianping.triage.FeatureExtractor}) masks personal numbers before anything is kept or learnt;
 * the model ({@link court.tianping.triage.TextClassifier}) is a complement naive Bayes classifier that works for
 * any label set and runs on the CPU inside the application.
 */
package court.tianping.triage;
