-- rawset on _ENV follows the rule on assignments
rawset(_ENV, "neu", 1)
