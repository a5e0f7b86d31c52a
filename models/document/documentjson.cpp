#include "documentjson.h"
