/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership Tier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.MembershipTier#getMonthlyFee <em>Monthly Fee</em>}</li>
 *   <li>{@link org.perenne.model.MembershipTier#getJoiningFee <em>Joining Fee</em>}</li>
 *   <li>{@link org.perenne.model.MembershipTier#getDeskUsage <em>Desk Usage</em>}</li>
 *   <li>{@link org.perenne.model.MembershipTier#getStartCount <em>Start Count</em>}</li>
 *   <li>{@link org.perenne.model.MembershipTier#getTargetCount <em>Target Count</em>}</li>
 *   <li>{@link org.perenne.model.MembershipTier#getRampUpMonths <em>Ramp Up Months</em>}</li>
 *   <li>{@link org.perenne.model.MembershipTier#getMonthlyChurn <em>Monthly Churn</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getMembershipTier()
 * @model
 * @generated
 */
public interface MembershipTier extends Offer {
	/**
	 * Returns the value of the '<em><b>Monthly Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Fee</em>' attribute.
	 * @see #setMonthlyFee(double)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_MonthlyFee()
	 * @model
	 * @generated
	 */
	double getMonthlyFee();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getMonthlyFee <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Fee</em>' attribute.
	 * @see #getMonthlyFee()
	 * @generated
	 */
	void setMonthlyFee(double value);

	/**
	 * Returns the value of the '<em><b>Joining Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joining Fee</em>' attribute.
	 * @see #setJoiningFee(double)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_JoiningFee()
	 * @model
	 * @generated
	 */
	double getJoiningFee();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getJoiningFee <em>Joining Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joining Fee</em>' attribute.
	 * @see #getJoiningFee()
	 * @generated
	 */
	void setJoiningFee(double value);

	/**
	 * Returns the value of the '<em><b>Desk Usage</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Desks one member occupies: resident 1.0, nomad e.g. 0.5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Desk Usage</em>' attribute.
	 * @see #setDeskUsage(double)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_DeskUsage()
	 * @model default="1.0"
	 * @generated
	 */
	double getDeskUsage();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getDeskUsage <em>Desk Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desk Usage</em>' attribute.
	 * @see #getDeskUsage()
	 * @generated
	 */
	void setDeskUsage(double value);

	/**
	 * Returns the value of the '<em><b>Start Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Count</em>' attribute.
	 * @see #setStartCount(double)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_StartCount()
	 * @model
	 * @generated
	 */
	double getStartCount();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getStartCount <em>Start Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Count</em>' attribute.
	 * @see #getStartCount()
	 * @generated
	 */
	void setStartCount(double value);

	/**
	 * Returns the value of the '<em><b>Target Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Count</em>' attribute.
	 * @see #setTargetCount(double)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_TargetCount()
	 * @model
	 * @generated
	 */
	double getTargetCount();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getTargetCount <em>Target Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Count</em>' attribute.
	 * @see #getTargetCount()
	 * @generated
	 */
	void setTargetCount(double value);

	/**
	 * Returns the value of the '<em><b>Ramp Up Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Months to go linearly from the start count to the target count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ramp Up Months</em>' attribute.
	 * @see #setRampUpMonths(int)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_RampUpMonths()
	 * @model
	 * @generated
	 */
	int getRampUpMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getRampUpMonths <em>Ramp Up Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ramp Up Months</em>' attribute.
	 * @see #getRampUpMonths()
	 * @generated
	 */
	void setRampUpMonths(int value);

	/**
	 * Returns the value of the '<em><b>Monthly Churn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of members leaving each month (0 to 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monthly Churn</em>' attribute.
	 * @see #setMonthlyChurn(double)
	 * @see org.perenne.model.PerennePackage#getMembershipTier_MonthlyChurn()
	 * @model
	 * @generated
	 */
	double getMonthlyChurn();

	/**
	 * Sets the value of the '{@link org.perenne.model.MembershipTier#getMonthlyChurn <em>Monthly Churn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Churn</em>' attribute.
	 * @see #getMonthlyChurn()
	 * @generated
	 */
	void setMonthlyChurn(double value);

} // MembershipTier
