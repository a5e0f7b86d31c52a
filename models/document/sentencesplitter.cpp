#include "sentencesplitter.h"
