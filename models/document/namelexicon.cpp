#include "namelexicon.h"
