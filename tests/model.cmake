# model: the dataset (build, freeze, parents, disagreements)
charta_unit_test(test_dataset SOURCES unit/model/test_dataset.c)
charta_unit_test(test_dataset_changes SOURCES unit/model/test_dataset_changes.c)
