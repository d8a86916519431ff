// Labels as people type them: case, punctuation and "&" do not matter, and the word "and" is
// dropped only as a whole word between two words, never from inside a word or at the edges.
#include <gtest/gtest.h>

#include "core/model/enum_names.hpp"

namespace hindsight::core {
namespace {

TEST(EnumNames, AndBetweenWordsIsDropped) {
  EXPECT_EQ(fold_label("Detection and Response"), "detectionresponse");
  EXPECT_EQ(fold_label("Detection and Response"), fold_label("Detection Response"));
  EXPECT_EQ(fold_label("Detection & Monitoring"), "detectionmonitoring");
  EXPECT_EQ(fold_label("DETECTION AND MONITORING"), "detectionmonitoring");
  EXPECT_EQ(fold_label("Detection-and-Monitoring"), "detectionmonitoring");
  EXPECT_EQ(fold_label("Alpha and Beta and Gamma"), "alphabetagamma");
  EXPECT_EQ(fold_label("Alpha and and Beta"), "alphabeta");
}

TEST(EnumNames, AndInsideAWordIsKept) {
  EXPECT_EQ(fold_label("Handover"), "handover");
  EXPECT_EQ(fold_label("Brand"), "brand");
  EXPECT_EQ(fold_label("Andy"), "andy");
  EXPECT_EQ(fold_label("Brandy"), "brandy");
  EXPECT_EQ(fold_label("Standby and Handover"), "standbyhandover");
  EXPECT_EQ(fold_label("Andy Handover"), "andyhandover");
}

TEST(EnumNames, AndAtTheEdgesIsKept) {
  EXPECT_EQ(fold_label("and"), "and");
  EXPECT_EQ(fold_label("And Then"), "andthen");
  EXPECT_EQ(fold_label("Detection and"), "detectionand");
  EXPECT_EQ(fold_label("  and  "), "and");
}

TEST(EnumNames, PunctuationAndCaseAreDropped) {
  EXPECT_EQ(fold_label("Won't Do"), "wontdo");
  EXPECT_EQ(fold_label("In-Review"), "inreview");
  EXPECT_EQ(fold_label("SEV 2"), "sev2");
  EXPECT_EQ(fold_label(""), "");
}

TEST(EnumNames, LabelsMatchWithOrWithoutAnd) {
  EXPECT_EQ(from_label<ActionCategory>("Detection and Monitoring"),
            ActionCategory::DetectionMonitoring);
  EXPECT_EQ(from_label<ActionCategory>("detection & monitoring"),
            ActionCategory::DetectionMonitoring);
  EXPECT_EQ(from_label<ActionCategory>("Response and Tools"), ActionCategory::ResponseTools);
  EXPECT_EQ(from_label<ActionCategory>("Responseand Tools"), std::nullopt);
  EXPECT_EQ(from_label<Status>("In Review"), Status::InReview);
  EXPECT_EQ(from_label<Status>("and"), std::nullopt);
}

}  // namespace
}  // namespace hindsight::core
