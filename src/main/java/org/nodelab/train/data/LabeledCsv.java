package org.nodelab.train.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of importing a labeled CSV file: the dataset, plus what users need to read it back: the feature
 * column names and the original label of every class index.
 *
 * @param dataset       the classification dataset (rows split stratified into train and test)
 * @param featureNames  the feature columns' names, in feature order
 * @param classNames    classNames.get(i) is the label text that became class i (order of first appearance)
 */
public record LabeledCsv(Dataset dataset, List<String> featureNames, List<String> classNames) {

    public LabeledCsv {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
    }

    /** Original label → class index, in class order. */
    public Map<String, Integer> labelMapping() {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            mapping.put(classNames.get(i), i);
        }
        return java.util.Collections.unmodifiableMap(mapping);
    }
}
