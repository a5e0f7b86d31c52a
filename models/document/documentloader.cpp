#include "documentloader.h"
