/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Loan#getLender <em>Lender</em>}</li>
 *   <li>{@link org.perenne.model.Loan#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.perenne.model.Loan#getAnnualRate <em>Annual Rate</em>}</li>
 *   <li>{@link org.perenne.model.Loan#getDurationMonths <em>Duration Months</em>}</li>
 *   <li>{@link org.perenne.model.Loan#getDeferralMonths <em>Deferral Months</em>}</li>
 *   <li>{@link org.perenne.model.Loan#getStartMonth <em>Start Month</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getLoan()
 * @model
 * @generated
 */
public interface Loan extends Element {
	/**
	 * Returns the value of the '<em><b>Lender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lender</em>' attribute.
	 * @see #setLender(String)
	 * @see org.perenne.model.PerennePackage#getLoan_Lender()
	 * @model
	 * @generated
	 */
	String getLender();

	/**
	 * Sets the value of the '{@link org.perenne.model.Loan#getLender <em>Lender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lender</em>' attribute.
	 * @see #getLender()
	 * @generated
	 */
	void setLender(String value);

	/**
	 * Returns the value of the '<em><b>Principal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principal</em>' attribute.
	 * @see #setPrincipal(double)
	 * @see org.perenne.model.PerennePackage#getLoan_Principal()
	 * @model
	 * @generated
	 */
	double getPrincipal();

	/**
	 * Sets the value of the '{@link org.perenne.model.Loan#getPrincipal <em>Principal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal</em>' attribute.
	 * @see #getPrincipal()
	 * @generated
	 */
	void setPrincipal(double value);

	/**
	 * Returns the value of the '<em><b>Annual Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Rate</em>' attribute.
	 * @see #setAnnualRate(double)
	 * @see org.perenne.model.PerennePackage#getLoan_AnnualRate()
	 * @model
	 * @generated
	 */
	double getAnnualRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.Loan#getAnnualRate <em>Annual Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Rate</em>' attribute.
	 * @see #getAnnualRate()
	 * @generated
	 */
	void setAnnualRate(double value);

	/**
	 * Returns the value of the '<em><b>Duration Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Months</em>' attribute.
	 * @see #setDurationMonths(int)
	 * @see org.perenne.model.PerennePackage#getLoan_DurationMonths()
	 * @model
	 * @generated
	 */
	int getDurationMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.Loan#getDurationMonths <em>Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Months</em>' attribute.
	 * @see #getDurationMonths()
	 * @generated
	 */
	void setDurationMonths(int value);

	/**
	 * Returns the value of the '<em><b>Deferral Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deferral Months</em>' attribute.
	 * @see #setDeferralMonths(int)
	 * @see org.perenne.model.PerennePackage#getLoan_DeferralMonths()
	 * @model
	 * @generated
	 */
	int getDeferralMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.Loan#getDeferralMonths <em>Deferral Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deferral Months</em>' attribute.
	 * @see #getDeferralMonths()
	 * @generated
	 */
	void setDeferralMonths(int value);

	/**
	 * Returns the value of the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Month</em>' attribute.
	 * @see #setStartMonth(int)
	 * @see org.perenne.model.PerennePackage#getLoan_StartMonth()
	 * @model
	 * @generated
	 */
	int getStartMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.Loan#getStartMonth <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Month</em>' attribute.
	 * @see #getStartMonth()
	 * @generated
	 */
	void setStartMonth(int value);

} // Loan
