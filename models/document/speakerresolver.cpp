#include "speakerresolver.h"
