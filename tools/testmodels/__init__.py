"""The generators of tools/gen_test_models.py, one module per kind of model."""
