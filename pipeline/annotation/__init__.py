"""The correct-and-retrain loop: export the recommendations the tagger is least sure of to
Label Studio, import the corrected annotations back as a train-split gold file.

``uncertainty`` ranks tagged recommendations, ``labelstudio`` speaks Label Studio's JSON
(tasks with ``predictions`` in, exported tasks with ``annotations`` out) and its labeling
config, ``corrections`` turns an export into validated gold records.
"""
