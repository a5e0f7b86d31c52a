#include "summaryhighlighter.h"
