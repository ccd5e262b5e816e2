// The Boost.Math distributions the stats module uses, evaluated in double
// precision. Boost's default promotes double to long double internally, which
// made powl the hottest function of a report over many small groups; double
// evaluation is still accurate to a few ulps, far inside the 1e-6 sonda
// promises. Private to the stats module.
#pragma once

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/policies/policy.hpp>

namespace sonda::detail {

using DoublePolicy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using StudentT = boost::math::students_t_distribution<double, DoublePolicy>;
using Normal = boost::math::normal_distribution<double, DoublePolicy>;

}  // namespace sonda::detail
